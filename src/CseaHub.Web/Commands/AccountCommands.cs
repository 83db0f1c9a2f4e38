using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CseaHub.Web.Commands;

/// <summary>
/// <c>users add</c>: how the operator creates the first administrator (and any account) without a default password.
/// The account is confirmed and vetted; staff still set up their second factor at first sign-in.
/// </summary>
public sealed class AccountCommands(UserManager<HubUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task<int> AddAsync(IConfiguration options, TextReader input, TextWriter output, TextWriter error)
    {
        var email = options["email"]?.Trim();
        var role = HubRoles.All.FirstOrDefault(r => string.Equals(r, options["role"], StringComparison.OrdinalIgnoreCase));
        if (string.IsNullOrEmpty(email) || role is null)
        {
            await error.WriteLineAsync($"users add: give --email EMAIL and --role ROLE ({string.Join(", ", HubRoles.All)}).");
            return 2;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            await error.WriteLineAsync($"users add: an account for {email} already exists; change its roles at /admin/users.");
            return 1;
        }

        var password = await ReadPasswordAsync(input, output);
        if (password is null)
        {
            await error.WriteLineAsync("users add: the two passwords differ, or none was given on standard input.");
            return 1;
        }

        var user = new HubUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            OrganisationName = options["organisation"]?.Trim() ?? string.Empty,
            Vetting = VettingStatus.Approved,
            VettedBy = "operator (command line)",
            VettedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var problem in created.Errors)
            {
                await error.WriteLineAsync("users add: " + problem.Description);
            }

            return 1;
        }

        await users.AddToRoleAsync(user, role);
        await audit.RecordAsync(AuditEventKind.AccountCreated, email, "operator (command line)", role);
        await output.WriteLineAsync(HubRoles.StaffRoles.Contains(role)
            ? $"Created {email} ({role}). At first sign-in they set up two-factor authentication before using the back office."
            : $"Created {email} ({role}).");
        return 0;
    }

    /// <summary>At a terminal the password is typed twice, unseen; piped, it is the first line of standard input.</summary>
    private static async Task<string?> ReadPasswordAsync(TextReader input, TextWriter output)
    {
        if (Console.IsInputRedirected || !ReferenceEquals(input, Console.In))
        {
            var line = await input.ReadLineAsync();
            return string.IsNullOrEmpty(line) ? null : line;
        }

        var first = ReadHidden(output, "Password: ");
        var second = ReadHidden(output, "Again: ");
        return first.Length > 0 && first == second ? first : null;
    }

    private static string ReadHidden(TextWriter output, string prompt)
    {
        output.Write(prompt);
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return typed.ToString();
    }
}

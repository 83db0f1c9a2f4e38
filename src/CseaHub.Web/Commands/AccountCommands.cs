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
    public async Task<int> AddAsync(HubCommand command, TextReader input, TextWriter output, TextWriter error)
    {
        var email = command.Option("email")?.Trim();
        var role = HubRoles.All.FirstOrDefault(r => string.Equals(r, command.Option("role"), StringComparison.OrdinalIgnoreCase));
        var organisation = command.Option("organisation")?.Trim() ?? string.Empty;
        if (!AccountInput.IsEmail(email) || role is null)
        {
            await error.WriteLineAsync(
                $"users add: give --email EMAIL (an address of at most {AccountInput.MaxEmailLength} characters) and --role ROLE ({string.Join(", ", HubRoles.All)}).");
            return 2;
        }

        if (organisation.Length > 0 && !AccountInput.IsClean(organisation, AccountInput.MaxOrganisationLength))
        {
            await error.WriteLineAsync($"users add: --organisation takes a name of at most {AccountInput.MaxOrganisationLength} characters.");
            return 2;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            await error.WriteLineAsync($"users add: an account for {email} already exists; change its roles at /admin/users.");
            return 1;
        }

        var password = await ReadPasswordAsync(input, error);
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
            OrganisationName = organisation,
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

        var given = await users.AddToRoleAsync(user, role);
        if (!given.Succeeded)
        {
            await users.DeleteAsync(user);
            await error.WriteLineAsync($"users add: the role could not be given ({string.Join(" ", given.Errors.Select(e => e.Description))}); no account was created.");
            return 1;
        }

        await audit.RecordAsync(AuditEventKind.AccountCreated, email, "operator (command line)", role);
        await output.WriteLineAsync(HubRoles.StaffRoles.Contains(role)
            ? $"Created {email} ({role}). At first sign-in they set up two-factor authentication before using the back office."
            : $"Created {email} ({role}).");
        return 0;
    }

    /// <summary>
    /// At a terminal the password is typed twice, unseen, after prompts on standard error (still seen when the output is
    /// piped); otherwise it is the first line of standard input.
    /// </summary>
    private static async Task<string?> ReadPasswordAsync(TextReader input, TextWriter prompts)
    {
        if (Console.IsInputRedirected || !ReferenceEquals(input, Console.In))
        {
            var line = await input.ReadLineAsync();
            return string.IsNullOrEmpty(line) ? null : line;
        }

        var first = ReadHidden(prompts, "Password: ");
        var second = ReadHidden(prompts, "Again: ");
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

using CseaHub.Web.Domain.Accounts;
using CseaHub.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CseaHub.Web.Commands;

/// <summary>
/// <c>users add</c>: how the operator creates the first administrator (and any account) without a default password.
/// The account is confirmed and vetted; staff still set up their second factor at first sign-in.
/// <c>users token</c>: an API token for a member of staff's program (a sync job, the soak test), made without a browser.
/// </summary>
public sealed class AccountCommands(UserManager<HubUser> users, ApiTokens tokens, AuditLog audit, TimeProvider clock)
{
    private const string Operator = "operator (command line)";

    /// <summary>
    /// Prints the secret alone on standard output (so a script can keep it) and what it is on standard error. The
    /// holder sees it, and may revoke it, at /admin/api-tokens; the audit log names the operator as its maker.
    /// </summary>
    public async Task<int> TokenAsync(HubCommand command, TextWriter output, TextWriter error)
    {
        var email = command.Option("email")?.Trim();
        var name = command.Option("name")?.Trim();
        if (!AccountInput.IsEmail(email) || !ApiTokens.IsValidName(name))
        {
            await error.WriteLineAsync(
                $"users token: give --email EMAIL (a staff account) and --name NAME (which program holds it, at most {ApiTokens.MaxNameLength} characters).");
            return 2;
        }

        if (await users.FindByEmailAsync(email) is not { } user)
        {
            await error.WriteLineAsync($"users token: there is no account for {email}; create it with users add.");
            return 1;
        }

        if (!(await users.GetRolesAsync(user)).Any(HubRoles.StaffRoles.Contains))
        {
            await error.WriteLineAsync($"users token: API tokens write content, for staff only ({string.Join(", ", HubRoles.StaffRoles)}); {email} has none of those roles.");
            return 1;
        }

        var secret = await tokens.CreateAsync(user, name!, CancellationToken.None, Operator);
        await output.WriteLineAsync(secret);
        await error.WriteLineAsync(
            $"API token '{name}' for {email}, valid for {ApiTokens.Lifetime.TotalDays:0} days. It is shown this once; send it as 'Authorization: Bearer …'.");
        return 0;
    }

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
            VettedBy = Operator,
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

        await audit.RecordAsync(AuditEventKind.AccountCreated, email, Operator, role);
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

namespace CseaHub.Web.Infrastructure.Mail;

/// <summary>A plain-text e-mail to one person: confirmation links and vetting decisions need nothing more.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends the hub's e-mail; <see cref="FileDropEmailSender"/> in development and tests, SMTP in production.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

namespace CseaHub.Web.Infrastructure.Mail;

/// <summary>A plain-text e-mail to one person: confirmation links and vetting decisions need nothing more.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends the hub's e-mail; <see cref="FileDropEmailSender"/> in development and tests, SMTP in production.</summary>
public interface IEmailSender
{
    /// <exception cref="MailDeliveryException">The message could not be handed over (server down, refused, disk full).</exception>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A message the hub could not send: the caller says so to the person, instead of failing the request.</summary>
public sealed class MailDeliveryException(string message, Exception inner) : Exception(message, inner);

using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace CseaHub.Web.Infrastructure.Mail;

/// <summary>Sends through the operator's SMTP server (MailKit), authenticated when a user name is configured.</summary>
public sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var mime = MimeMessages.From(settings, message);
        using var client = new SmtpClient();
        var security = settings.SmtpUseTls
            ? settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls
            : SecureSocketOptions.None;
        var host = settings.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not set.");
        try
        {
            await client.ConnectAsync(host, settings.SmtpPort, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.SmtpUserName))
            {
                await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException
            or MailKit.CommandException or AuthenticationException or MailKit.ServiceNotConnectedException or SslHandshakeException
            or NotSupportedException or TimeoutException)
        {
            throw new MailDeliveryException($"The SMTP server {host}:{settings.SmtpPort} did not take the message.", exception);
        }
    }
}

using MimeKit;

namespace CseaHub.Web.Infrastructure.Mail;

internal static class MimeMessages
{
    public static MimeMessage From(MailOptions options, EmailMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }
}

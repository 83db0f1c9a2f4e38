using CseaHub.Web.Data;
using Microsoft.Extensions.Options;

namespace CseaHub.Web.Infrastructure.Mail;

/// <summary>
/// Writes each message as an .eml file (readable by any mail client) instead of sending it: for development, tests
/// and closed networks where an operator forwards the files.
/// </summary>
public sealed class FileDropEmailSender(IOptions<MailOptions> options, HubDataOptions data, TimeProvider clock) : IEmailSender
{
    public string PickupDirectory => options.Value.PickupDirectory ?? Path.Combine(data.DataDirectory, "mail");

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var path = Path.Combine(PickupDirectory, $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
        using var mime = MimeMessages.From(options.Value, message);
        try
        {
            Directory.CreateDirectory(PickupDirectory);

            // Written aside, then moved into place: whoever picks the files up never reads half a message.
            await mime.WriteToAsync(path + ".tmp", cancellationToken);
            File.Move(path + ".tmp", path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new MailDeliveryException($"The message could not be written to {PickupDirectory}.", exception);
        }
    }
}

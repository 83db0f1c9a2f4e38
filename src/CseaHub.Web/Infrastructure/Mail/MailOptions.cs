namespace CseaHub.Web.Infrastructure.Mail;

public enum MailDelivery
{
    /// <summary>Each message is written as an .eml file to <see cref="MailOptions.PickupDirectory"/>.</summary>
    FileDrop,

    Smtp,
}

/// <summary>The <c>Mail</c> settings section.</summary>
public sealed class MailOptions
{
    public MailDelivery Delivery { get; set; } = MailDelivery.FileDrop;

    public string From { get; set; } = "CseaHub <no-reply@cseahub.invalid>";

    /// <summary>Default: the <c>mail</c> folder of the data directory.</summary>
    public string? PickupDirectory { get; set; }

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary>STARTTLS on the submission port (587) unless the server speaks TLS from the start (465).</summary>
    public bool SmtpUseTls { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}

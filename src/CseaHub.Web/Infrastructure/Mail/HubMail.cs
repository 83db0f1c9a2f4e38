using Microsoft.Extensions.Options;

namespace CseaHub.Web.Infrastructure.Mail;

public static class HubMail
{
    /// <summary>File drop unless <c>Mail:Delivery</c> is <c>Smtp</c>, which then needs <c>Mail:SmtpHost</c>.</summary>
    public static IServiceCollection AddHubMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail")
            .Validate(o => o.Delivery != MailDelivery.Smtp || !string.IsNullOrWhiteSpace(o.SmtpHost), "Mail:Delivery is Smtp but Mail:SmtpHost is empty.")
            .ValidateOnStart();
        services.AddSingleton<FileDropEmailSender>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(provider =>
            provider.GetRequiredService<IOptions<MailOptions>>().Value.Delivery == MailDelivery.Smtp
                ? provider.GetRequiredService<SmtpEmailSender>()
                : provider.GetRequiredService<FileDropEmailSender>());
        return services;
    }
}

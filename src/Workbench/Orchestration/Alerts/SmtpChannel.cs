using System.Net;
using System.Net.Mail;
using System.Text;

namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>Mails each alert as plain text to the route's recipients.</summary>
public sealed class SmtpChannel(SmtpAlertOptions options) : IAlertChannel
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public string Destination => $"smtp {options.Host}:{options.Port} to {string.Join(", ", options.To)}";

    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        using var message = new MailMessage
        {
            From = new MailAddress(options.From),
            Subject = AlertText.Subject(alert),
            SubjectEncoding = Encoding.UTF8,
            Body = AlertText.Body(alert),
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        foreach (var recipient in options.To)
            message.To.Add(recipient);

        using var client = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.UseSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(options.User))
            client.Credentials = new NetworkCredential(options.User, options.Password);
        await client.SendMailAsync(message, cancellationToken);
    }
}

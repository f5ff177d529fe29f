using Lineage.Workbench.Orchestration.Alerts;

namespace Lineage.Workbench.Tests.Orchestration.Alerts;

public class SmtpChannelTests
{
    [Fact]
    public async Task Mail_goes_to_every_recipient_with_subject_and_plain_text_details()
    {
        await using var server = new TestSmtpServer();
        var channel = new SmtpChannel(new SmtpAlertOptions
        {
            Host = "127.0.0.1",
            Port = server.Port,
            From = "lineage@example.org",
            To = ["oncall@example.org", "data-team@example.org"],
        });

        await channel.SendAsync(AlertSamples.StepFailed(), CancellationToken.None);

        var mail = Assert.Single(server.Mails);
        Assert.Equal("lineage@example.org", mail.From);
        Assert.Equal(["oncall@example.org", "data-team@example.org"], mail.Recipients);
        Assert.Equal("[lineage] step failed: quantum_features/vqe_results 2026-11-20", mail.Subject);
        Assert.StartsWith("text/plain", mail.Header("Content-Type"));
        var body = mail.Body;
        Assert.Contains("Asset: quantum_features/vqe_results\r\n", body);
        Assert.Contains("Partition: 2026-11-20\r\n", body);
        Assert.Contains("Run: 42\r\n", body);
        Assert.Contains("Link: https://lineage.example.org/runs/42\r\n", body);
        Assert.EndsWith("\r\n\r\nError:\r\nColumn 'energy' is null in 3 rows\r\n   at Lineage.Materializers.Tables.VqeResults\r\n", body);
    }

    [Fact]
    public async Task Mail_server_that_is_not_listening_makes_the_channel_throw()
    {
        var port = await TestSmtpServer.ClosedPortAsync();
        var channel = new SmtpChannel(new SmtpAlertOptions { Host = "127.0.0.1", Port = port, From = "lineage@example.org", To = ["oncall@example.org"] });

        await Assert.ThrowsAnyAsync<Exception>(() => channel.SendAsync(AlertSamples.StepFailed(), CancellationToken.None));
    }
}

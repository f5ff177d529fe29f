using Lineage.Lakehouse.IO.S3;

namespace Lineage.Lakehouse.Tests.IO;

public sealed class S3SettingsTests
{
    private static Func<string, string?> Variables(params (string Name, string Value)[] set) =>
        name => set.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Lineage_keys_win_over_the_standard_aws_ones()
    {
        var settings = S3Settings.FromEnvironment(Variables(
            ("LINEAGE_S3_ACCESS_KEY", "lineage-id"), ("LINEAGE_S3_SECRET_KEY", "lineage-secret"),
            ("AWS_ACCESS_KEY_ID", "aws-id"), ("AWS_SECRET_ACCESS_KEY", "aws-secret"), ("AWS_SESSION_TOKEN", "token")));

        Assert.Equal(("lineage-id", "lineage-secret", null), (settings.AccessKey, settings.SecretKey, settings.SessionToken));
    }

    [Fact]
    public void Standard_aws_variables_are_read_when_lineage_ones_are_absent()
    {
        var settings = S3Settings.FromEnvironment(Variables(
            ("AWS_ACCESS_KEY_ID", "aws-id"), ("AWS_SECRET_ACCESS_KEY", "aws-secret"), ("AWS_SESSION_TOKEN", "token"), ("AWS_REGION", "eu-west-3")));

        Assert.Equal(("aws-id", "aws-secret", "token", "eu-west-3"), (settings.AccessKey, settings.SecretKey, settings.SessionToken, settings.Region));
        Assert.Null(settings.ServiceUrl);
        Assert.False(settings.ForcePathStyle);
        Assert.Equal(ConditionalPuts.Auto, settings.ConditionalPuts);
    }

    [Fact]
    public void An_endpoint_from_the_environment_turns_on_path_style_addressing()
    {
        var settings = S3Settings.FromEnvironment(Variables(
            ("LINEAGE_S3_ENDPOINT", "http://127.0.0.1:3900"), ("LINEAGE_S3_REGION", "garage"), ("LINEAGE_S3_CONDITIONAL_PUTS", "off")));

        Assert.Equal(("http://127.0.0.1:3900", true, "garage", ConditionalPuts.Off),
            (settings.ServiceUrl, settings.ForcePathStyle, settings.Region, settings.ConditionalPuts));
        var config = settings.CreateConfig();
        Assert.True(config.ForcePathStyle);
        Assert.Equal("garage", config.AuthenticationRegion);
    }

    [Fact]
    public void Missing_keys_are_reported_with_the_variables_to_set()
    {
        var settings = S3Settings.FromEnvironment(Variables());

        var error = Assert.Throws<S3SettingsException>(() => settings.CreateClient());
        Assert.Contains("LINEAGE_S3_ACCESS_KEY", error.Message);
        Assert.Contains("AWS_ACCESS_KEY_ID", error.Message);
    }

    [Fact]
    public void Printed_settings_hide_the_secrets()
    {
        var text = new S3Settings { AccessKey = "visible-id", SecretKey = "hidden-secret", SessionToken = "hidden-token" }.ToString();

        Assert.Contains("visible-id", text);
        Assert.DoesNotContain("hidden", text);
    }

    [Fact]
    public void Parts_below_five_mebibytes_are_refused()
    {
        var settings = new S3Settings { AccessKey = "a", SecretKey = "b", PartSize = 1024 * 1024 };

        var error = Assert.Throws<S3SettingsException>(settings.Validate);
        Assert.Contains("1048576", error.Message);
    }

    [Theory]
    [InlineData("auto", ConditionalPuts.Auto)]
    [InlineData(" ON ", ConditionalPuts.On)]
    [InlineData("off", ConditionalPuts.Off)]
    public void Conditional_puts_setting_parses(string text, ConditionalPuts expected) =>
        Assert.Equal(expected, S3Settings.ParseConditionalPuts(text));

    [Fact]
    public void Unknown_conditional_puts_setting_names_the_value_and_the_choices()
    {
        var error = Assert.Throws<S3SettingsException>(() => S3Settings.ParseConditionalPuts("sometimes"));

        Assert.Contains("'sometimes'", error.Message);
        Assert.Contains("auto, on or off", error.Message);
    }
}

namespace Douyin.Eligibility.Service.Tests;

/// <summary>Where the service takes its rules from.</summary>
public class ConfigurationTests
{
    [Fact]
    public async Task Build_AppSettings_UsesTheRulesCopiedToTheOutputHashingLikeTheEmbeddedOnes()
    {
        string? embeddedHash;
        await using (var embedded = await ServiceHost.StartAsync())
        {
            embeddedHash = (await embedded.GetAsync("/health")).Body.GetProperty("ruleSetHash").GetString();
        }

        await using var host = await ServiceHost.StartWithAppSettingsAsync();
        var (status, health) = await host.GetAsync("/health");

        status.Should().Be(200);
        health.GetProperty("rules").GetString().Should().Be(Path.Combine(AppContext.BaseDirectory, "rules"));
        health.GetProperty("watchingForChanges").GetBoolean().Should().BeTrue();
        health.GetProperty("ruleSetHash").GetString().Should().Be(embeddedHash, "the copied repository rules are the rules the package embeds");
    }

    [Fact]
    public async Task Build_BrokenRules_StopsTheServiceAtStart()
    {
        var dir = Directory.CreateTempSubdirectory("eligibility-broken-rules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "bad.json"), """{"WorkflowName": "AllianceAdmission", "Inputs": [], "Rules": [{"RuleName": "R", "Expresion": "true"}]}""");

            var start = () => ServiceHost.StartAsync(dir);

            (await start.Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("DE1003");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

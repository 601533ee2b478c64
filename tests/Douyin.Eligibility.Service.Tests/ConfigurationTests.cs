namespace Douyin.Eligibility.Service.Tests;

/// <summary>Where the service takes its rules from.</summary>
public class ConfigurationTests
{
    [Fact]
    public async Task Build_AppSettings_WatchesTheRepositoryRulesHashingLikeTheEmbeddedOnes()
    {
        string? embeddedHash;
        await using (var embedded = await ServiceHost.StartAsync())
        {
            embeddedHash = (await embedded.GetAsync("/health")).Body.GetProperty("ruleSetHash").GetString();
        }

        await using var host = await ServiceHost.StartWithAppSettingsAsync();
        var (status, health) = await host.GetAsync("/health");

        status.Should().Be(200);
        health.GetProperty("rules").GetString().Should().Be(Path.Combine(Samples.Root, "rules"), "with no RulesDirectory configured the service watches the rules folder of the tree it was built from");
        health.GetProperty("watchingForChanges").GetBoolean().Should().BeTrue();
        health.GetProperty("ruleSetHash").GetString().Should().Be(embeddedHash, "the repository rules are the rules the package embeds");
    }

    [Fact]
    public async Task Build_RelativeRulesDirectory_IsResolvedAgainstTheAppFolder()
    {
        var name = "relative-rules-" + Guid.NewGuid().ToString("N");
        var dir = Path.Combine(AppContext.BaseDirectory, name);
        CopyDirectory(Path.Combine(Samples.Root, "rules"), dir);
        try
        {
            await using var host = await ServiceHost.StartAsync(name);
            var (_, health) = await host.GetAsync("/health");

            health.GetProperty("rules").GetString().Should().Be(dir);
            health.GetProperty("status").GetString().Should().Be("Healthy");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Build_BrokenRules_StopsTheServiceAtStart()
    {
        var dir = Directory.CreateTempSubdirectory("eligibility-broken-rules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "bad.json"), """{"WorkflowName": "AllianceAdmission", "Inputs": [], "Rules": [{"RuleName": "R", "Expresion": "true"}]}""");

            var start = () => ServiceHost.StartAsync(dir);

            var message = (await start.Should().ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>()).Which.Message;
            message.Split(Environment.NewLine).Should().Contain(l => l.StartsWith(Path.Combine(dir, "bad.json") + "(") && l.Contains("error DE1003:"), "each diagnostic is a compiler-style line");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

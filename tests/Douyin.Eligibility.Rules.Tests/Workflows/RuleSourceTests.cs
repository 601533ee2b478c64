namespace Douyin.Eligibility.Rules.Tests.Workflows;

public sealed class RuleSourceTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rulesource-" + Guid.NewGuid().ToString("N"));

    public RuleSourceTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void FromText_PathAndJson_KeepsPathAndContent()
    {
        var source = RuleSource.FromText("db:rule-7", "{}");

        (source.Path, source.Content).Should().Be(("db:rule-7", "{}"));
    }

    [Fact]
    public void FromText_EmptyPath_Throws()
    {
        var act = () => RuleSource.FromText("", "{}");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromFile_Utf8WithByteOrderMark_ReadsText()
    {
        var file = Write("a.json", "{\"说明\": 1}", bom: true);

        var source = RuleSource.FromFile(file);

        (source.Path, source.Content).Should().Be((file, "{\"说明\": 1}"));
    }

    [Fact]
    public void FromFile_Missing_ThrowsIOException()
    {
        var act = () => RuleSource.FromFile(Path.Combine(_root, "missing.json"));

        act.Should().Throw<IOException>();
    }

    [Fact]
    public void FromDirectory_NestedFolders_ReadsRuleFilesRecursivelyInOrdinalOrder()
    {
        Write("b.json", "B");
        Write(Path.Combine("a", "z.json"), "AZ");
        Write("B2.json", "B2");
        Write("b.tests.json", "tests");
        Write(Path.Combine("schema", "workflow.json"), "schema");
        Write(Path.Combine("a", "Schema", "x.json"), "schema too");
        Write("readme.md", "not a rule file");

        var sources = RuleSource.FromDirectory(_root);

        sources.Select(s => s.Path).Should().Equal(
            Path.Combine(_root, "B2.json"),
            Path.Combine(_root, "a", "z.json"),
            Path.Combine(_root, "b.json"));
        sources.Select(s => s.Content).Should().Equal("B2", "AZ", "B");
    }

    [Fact]
    public void FromDirectory_Missing_ThrowsIOException()
    {
        var act = () => RuleSource.FromDirectory(Path.Combine(_root, "nope"));

        act.Should().Throw<IOException>();
    }

    [Fact]
    public void TryReadFile_Readable_ReturnsTheSource()
    {
        var file = Write("a.json", "{}");

        RuleSource.TryReadFile(file, out var source, out var diagnostic).Should().BeTrue();

        (source!.Path, source.Content).Should().Be((file, "{}"));
        diagnostic.Should().BeNull();
    }

    [Fact]
    public void TryReadFile_Missing_IsDE1016SayingItDoesNotExist()
    {
        var missing = Path.Combine(_root, "missing.json");

        RuleSource.TryReadFile(missing, out var source, out var diagnostic).Should().BeFalse();

        source.Should().BeNull();
        diagnostic!.ToString().Should().Be($"{missing}(1,1): error DE1016: The rule file '{missing}' does not exist.");
    }

    [Fact]
    public void TryReadFile_ADirectory_IsDE1016SayingWhyItCannotBeRead()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "folder.json")).FullName;

        RuleSource.TryReadFile(folder, out _, out var diagnostic).Should().BeFalse();

        diagnostic!.Code.Should().Be(DiagnosticCodes.FileUnreadable);
        diagnostic.Location.Should().Be(new SourceLocation(folder, 0, 0));
        diagnostic.Message.Should().StartWith($"The rule file '{folder}' cannot be read: ");
    }

    [Fact]
    public void TryReadFile_EmptyPath_Throws()
    {
        var act = () => RuleSource.TryReadFile("", out _, out _);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ReadDirectory_AllReadable_ReadsWhatFromDirectoryReadsWithoutDiagnostics()
    {
        Write("b.json", "B");
        Write(Path.Combine("a", "z.json"), "AZ");
        Write("b.tests.json", "tests");
        Write(Path.Combine("schema", "workflow.json"), "schema");

        var sources = RuleSource.ReadDirectory(_root, out var diagnostics);

        diagnostics.Should().BeEmpty();
        sources.Select(s => (s.Path, s.Content)).Should().Equal(RuleSource.FromDirectory(_root).Select(s => (s.Path, s.Content)));
        sources.Select(s => s.Content).Should().Equal("AZ", "B");
    }

    [Fact]
    public void ReadDirectory_AFileGoneBeforeItIsRead_ReportsItAndReadsTheOthers()
    {
        Write("a.json", "A");
        var gone = Path.Combine(_root, "b.json");
        File.CreateSymbolicLink(gone, Path.Combine(_root, "nowhere.json"));
        Write("c.json", "C");

        var sources = RuleSource.ReadDirectory(_root, out var diagnostics);

        sources.Select(s => s.Content).Should().Equal("A", "C");
        diagnostics.Select(d => d.ToString()).Should().Equal($"{gone}(1,1): error DE1016: The rule file '{gone}' does not exist.");
        FluentActions.Invoking(() => RuleSource.FromDirectory(_root)).Should().Throw<IOException>("FromDirectory fails as a whole");
    }

    [Fact]
    public void ReadDirectory_Missing_IsOneDE1016AtTheDirectory()
    {
        var missing = Path.Combine(_root, "nope");

        var sources = RuleSource.ReadDirectory(missing, out var diagnostics);

        sources.Should().BeEmpty();
        var diagnostic = diagnostics.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be(DiagnosticCodes.FileUnreadable);
        diagnostic.Location.Should().Be(new SourceLocation(missing, 0, 0));
        diagnostic.Message.Should().StartWith("Cannot read the rules directory: ");
    }

    [Fact]
    public void FromEmbeddedResources_Prefix_ReadsRuleFilesUnderIt()
    {
        var sources = RuleSource.FromEmbeddedResources(typeof(RuleSourceTests).Assembly, "Douyin.Eligibility.Rules.Tests.Workflows.Embedded.");

        sources.Select(s => s.Path).Should().Equal("embedded:alliance.admission.json", "embedded:b.json");
        sources[0].Content.Should().Contain("\"A\"");
    }

    [Fact]
    public void FromEmbeddedResources_UnknownPrefix_ReturnsNothing()
    {
        RuleSource.FromEmbeddedResources(typeof(RuleSourceTests).Assembly, "No.Such.Prefix.").Should().BeEmpty();
    }

    private string Write(string relative, string content, bool bom = false)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(bom));
        return path;
    }
}

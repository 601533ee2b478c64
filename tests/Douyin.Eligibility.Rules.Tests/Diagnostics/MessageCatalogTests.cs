using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Douyin.Eligibility.Rules.Tests.TestSupport;

namespace Douyin.Eligibility.Rules.Tests.Diagnostics;

/// <summary>
/// The engine's message catalog (src/Douyin.Eligibility.Rules/Diagnostics/Messages*.resx): every language has every
/// entry with the same placeholders, every code has a message, and no engine source file carries a translation itself.
/// </summary>
public partial class MessageCatalogTests
{
    private static readonly string[] CatalogFolder = ["src", "Douyin.Eligibility.Rules", "Diagnostics"];

    /// <summary>Entries whose translation may leave out a placeholder: the .NET exception message, which Chinese says in its own words.</summary>
    private static readonly string[] MayDropPlaceholders = ["Arithmetic_DivideByZero", "Arithmetic_Overflow"];

    /// <summary>Codes the engine never reports: DE3010 is reserved.</summary>
    private static readonly string[] NotReportedByTheEngine = [DiagnosticCodes.NotCollection];

    private static Dictionary<string, string> Entries(string file)
        => XDocument.Parse(Repository.ReadAllText([.. CatalogFolder, file]))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static Dictionary<string, string> Neutral() => Entries("Messages.resx");

    /// <summary>Every satellite catalog: <c>Messages.zh.resx</c> today; a new language is one more file.</summary>
    public static TheoryData<string> Satellites() => [.. SatelliteFiles()];

    private static IEnumerable<string> SatelliteFiles()
        => Directory.GetFiles(Path.Combine([Repository.Root, .. CatalogFolder]), "Messages.*.resx").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    private static SortedSet<string> Placeholders(string format)
        => [.. PlaceholderPattern().Matches(format).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [Fact]
    public void Satellites_Listed_IncludeChinese()
        => SatelliteFiles().Should().Contain("Messages.zh.resx");

    [Theory]
    [MemberData(nameof(Satellites))]
    public void Satellite_EveryLanguage_HasExactlyTheNeutralKeys(string file)
    {
        var (neutral, satellite) = (Neutral(), Entries(file));
        neutral.Keys.Except(satellite.Keys).Should().BeEmpty($"{file} must translate every entry");
        satellite.Keys.Except(neutral.Keys).Should().BeEmpty($"{file} must not have entries the neutral catalog lacks");
    }

    [Theory]
    [MemberData(nameof(Satellites))]
    public void Satellite_EveryEntry_UsesTheNeutralPlaceholders(string file)
    {
        var (neutral, satellite) = (Neutral(), Entries(file));
        foreach (var (key, text) in satellite.Where(e => neutral.ContainsKey(e.Key)))
        {
            var (expected, actual) = (Placeholders(neutral[key]), Placeholders(text));
            if (MayDropPlaceholders.Contains(key))
            {
                actual.Should().BeSubsetOf(expected, key);
            }
            else
            {
                actual.Should().BeEquivalentTo(expected, $"{key} in {file}");
            }
        }
    }

    [Fact]
    public void Neutral_EveryEntry_IsNonEmptyAndFormattable()
    {
        foreach (var (key, text) in Neutral().Concat(Entries("Messages.zh.resx")))
        {
            text.Should().NotBeNullOrWhiteSpace(key);
            var args = Enumerable.Range(0, 10).Select(i => (object)$"a{i}").ToArray();
            FluentActions.Invoking(() => string.Format(CultureInfo.InvariantCulture, text.Replace(":N0}", "}", StringComparison.Ordinal), args))
                .Should().NotThrow(key);
        }
    }

    [Fact]
    public void Neutral_ComparedWithSatellites_IsEnglishAndTheyDiffer()
    {
        var (neutral, zh) = (Neutral(), Entries("Messages.zh.resx"));
        neutral.Values.Should().NotContain(text => HasCjk(text));
        zh.Where(e => e.Key.StartsWith("DE", StringComparison.Ordinal)).Should().OnlyContain(e => HasCjk(e.Value), "every message of a code reads in Chinese");
    }

    [Fact]
    public void DiagnosticCodes_EveryCode_HasAMessage()
    {
        var keys = Neutral().Keys;
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
        codes.Except(NotReportedByTheEngine)
            .Where(code => !keys.Any(key => key == code || key.StartsWith(code + "_", StringComparison.Ordinal)))
            .Should().BeEmpty();
    }

    [Fact]
    public void Keys_EveryKey_NamesACodeOrAFragment()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        Neutral().Keys.Where(key => key.StartsWith("DE", StringComparison.Ordinal) && !codes.Contains(key.Split('_')[0]))
            .Should().BeEmpty("a message key starts with a code of DiagnosticCodes");
    }

    [Theory]
    [InlineData("zh-CN", "Messages.zh.resx")]
    [InlineData("zh-Hant-TW", "Messages.zh.resx")]
    [InlineData("en-US", "Messages.resx")]
    [InlineData("", "Messages.resx")]
    public void ResourceManager_GivenACulture_ReadsItsCatalog(string culture, string file)
    {
        // The satellite assembly zh/Douyin.Eligibility.Rules.resources.dll must be next to the engine at run time.
        var ui = CultureInfo.GetCultureInfo(culture);
        foreach (var (key, text) in Entries(file))
        {
            Messages.ResourceManager.GetString(key, ui).Should().Be(text, key);
        }
    }

    [Fact]
    public void SatelliteAssembly_AfterBuild_IsDeployedWithTheEngine()
    {
        var engine = typeof(Diagnostic).Assembly;
        engine.GetSatelliteAssembly(CultureInfo.GetCultureInfo("zh")).GetManifestResourceNames()
            .Should().Contain("Douyin.Eligibility.Rules.Messages.zh.resources");
    }

    [Fact]
    public void EngineSources_EveryFile_HasNoCjkCharacters()
    {
        var root = Path.Combine(Repository.Root, "src", "Douyin.Eligibility.Rules");
        var offenders = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => HasCjk(x.line))
            .Select(x => $"{Path.GetRelativePath(root, x.file)}:{x.i + 1}");
        offenders.Should().BeEmpty("translations live in Diagnostics/Messages.<culture>.resx, Chinese domain terms in docs/");
    }

    private static bool HasCjk(string text) => CjkPattern().IsMatch(text);

    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]")]
    private static partial Regex CjkPattern();
}

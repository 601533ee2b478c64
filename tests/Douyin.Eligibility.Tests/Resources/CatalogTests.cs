using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Resources;
using Douyin.Eligibility.Rules;
using Douyin.Eligibility.Tests.Support;
using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Resources;

public partial class CatalogTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh");

    /// <summary>Every satellite language of the catalog (the neutral one is English).</summary>
    public static TheoryData<string> Languages => new() { "zh" };

    /// <summary>The enums whose values a person reads as outcome labels.</summary>
    private static readonly Type[] OutcomeTypes = [typeof(AdmissionOutcome), typeof(ClearanceOutcome), typeof(RenewalOutcome), typeof(PenaltyLevel), typeof(RuleOutcome)];

    /// <summary>The enums whose values a person reads as outcome labels, as theory rows.</summary>
    public static TheoryData<Type> OutcomeEnums => new(OutcomeTypes);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Catalog_EveryLanguage_HasEveryKeyWithTheSamePlaceholders(string language)
    {
        var neutral = Entries(CultureInfo.InvariantCulture);
        var translated = Entries(CultureInfo.GetCultureInfo(language));

        translated.Keys.Should().BeEquivalentTo(neutral.Keys);
        translated.Should().AllSatisfy(e => e.Value.Should().NotBeNullOrWhiteSpace(e.Key));
        foreach (var (key, text) in neutral)
        {
            Placeholders(translated[key]).Should().Equal(Placeholders(text), "{0} in {1} and in the neutral catalog", key, language);
        }
    }

    [Theory]
    [InlineData("src/Douyin.Eligibility/Resources/Messages")]
    [InlineData("src/Douyin.Eligibility.Tool/Resources/Messages")]
    [InlineData("src/Douyin.Eligibility.History/Resources/Messages")]
    [InlineData("samples/EligibilityService/Resources/ServiceMessages")]
    public void ResxFiles_ChineseSatellite_HasEveryKeyWithTheSamePlaceholders(string catalog)
    {
        var neutral = ResxEntries(catalog + ".resx");
        var chinese = ResxEntries(catalog + ".zh.resx");

        neutral.Should().NotBeEmpty();
        chinese.Keys.Should().BeEquivalentTo(neutral.Keys);
        foreach (var (key, text) in neutral)
        {
            Placeholders(chinese[key]).Should().Equal(Placeholders(text), key);
            Cjk().IsMatch(text).Should().BeFalse(key);
        }
    }

    [Fact]
    public void Catalog_NeutralLanguage_IsEnglishAndTheChineseSatelliteIsChinese()
    {
        var neutral = Entries(CultureInfo.InvariantCulture);
        var chinese = Entries(Chinese);

        neutral.Values.Should().NotContain(v => Cjk().IsMatch(v));
        chinese.Where(e => Cjk().IsMatch(e.Value)).Should().HaveCountGreaterThan(chinese.Count - 5, "only a few fragments, such as \"{0}\", read the same");
    }

    [Fact]
    public void Catalog_EveryValidationCode_HasAnEntry()
    {
        var keys = Entries(CultureInfo.InvariantCulture).Keys;
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        codes.Should().HaveCount(23);
        codes.Should().OnlyContain(code => keys.Any(k => k == code || k.StartsWith(code + "_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Catalog_EveryLibraryDiagnosticCode_HasAnEntry()
    {
        var keys = Entries(CultureInfo.InvariantCulture).Keys;
        var codes = typeof(EligibilityDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

        codes.Should().Equal("DE5001", "DE5002", "DE5003", "DE5004");
        codes.Should().OnlyContain(code => keys.Any(k => k == code || k.StartsWith(code + "_", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(OutcomeEnums))]
    public void OutcomeLabels_EveryValue_HasALabelInEveryLanguage(Type outcomes)
    {
        var neutral = Entries(CultureInfo.InvariantCulture);
        var chinese = Entries(Chinese);

        foreach (Enum value in Enum.GetValues(outcomes))
        {
            var key = OutcomeLabels.Key(value);
            neutral.Should().ContainKey(key);
            chinese.Should().ContainKey(key);
            Cjk().IsMatch(chinese[key]).Should().BeTrue(key);
        }
    }

    [Fact]
    public void Catalog_EveryOutcomeLabel_BelongsToAnOutcomeValue()
    {
        var labels = OutcomeTypes.SelectMany(t => Enum.GetValues(t).Cast<Enum>()).Select(v => OutcomeLabels.Key(v)).ToList();

        Entries(CultureInfo.InvariantCulture).Keys.Where(k => k.StartsWith("Outcome_", StringComparison.Ordinal)).Should().BeEquivalentTo(labels);
    }

    [Theory]
    [InlineData("src/Douyin.Eligibility/Resources/Messages", "src/Douyin.Eligibility")]
    [InlineData("src/Douyin.Eligibility.Tool/Resources/Messages", "src/Douyin.Eligibility.Tool")]
    [InlineData("src/Douyin.Eligibility.History/Resources/Messages", "src/Douyin.Eligibility.History")]
    [InlineData("samples/EligibilityService/Resources/ServiceMessages", "samples/EligibilityService")]
    public void ResxFiles_EveryKeyNamedInTheSource_HasExactlyOneCallSite(string catalog, string project)
    {
        var parts = project.Split('/');
        var source = string.Join("\n", SourceFiles(parts[0], parts[1]).Select(File.ReadAllText));

        // Codes (SV017, DE5002) are named through their constants and outcome labels by their enum value; every other
        // key is a literal at its one call site.
        var literal = ResxEntries(catalog + ".resx").Keys.Where(k => !Code().IsMatch(k) && !k.StartsWith("Outcome_", StringComparison.Ordinal)).ToList();

        literal.Should().NotBeEmpty();
        literal.Should().AllSatisfy(key => Regex.Matches(source, $"\"{Regex.Escape(key)}\"").Should().HaveCount(1, key));
    }

    [Theory]
    [InlineData("src", "Douyin.Eligibility")]
    [InlineData("src", "Douyin.Eligibility.Tool")]
    [InlineData("src", "Douyin.Eligibility.History")]
    [InlineData("samples", "EligibilityService")]
    public void SourceFiles_OutsideTheCatalog_ContainNoChinese(string root, string project)
    {
        var files = SourceFiles(root, project).ToList();

        files.Should().NotBeEmpty();
        files.Where(f => Cjk().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(Repo.Root, f)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-TW")]
    public void Text_ChineseCulture_ReadsChinese(string culture)
        => Catalog.Text(ValidationCodes.SnapshotMissing).ToString(CultureInfo.GetCultureInfo(culture)).Should().Be("快照为空 (null)。");

    [Theory]
    [InlineData("")]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    public void Text_OtherCulture_ReadsEnglish(string culture)
        => Catalog.Text(ValidationCodes.SnapshotMissing).ToString(CultureInfo.GetCultureInfo(culture)).Should().Be("The snapshot is null.");

    [Fact]
    public void Text_NullCulture_ReadsTheCurrentUICulture()
    {
        var text = Catalog.Text(ValidationCodes.EventDateMissing, "penalties[0].date");
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var chinese = (text.ToString(null), text.ToString());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            var english = (text.ToString(null), text.ToString());

            chinese.Should().Be(("penalties[0].date 缺失。", "penalties[0].date 缺失。"));
            english.Should().Be(("penalties[0].date is missing.", "penalties[0].date is missing."));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData(new string[0], "none", "无")]
    [InlineData(new[] { "A" }, "A", "A")]
    [InlineData(new[] { "A", "B", "C" }, "A, B, C", "A、B、C")]
    public void List_Items_AreJoinedInTheReadersLanguage(string[] items, string english, string chinese)
    {
        var list = Catalog.List(items);

        (list.ToString(CultureInfo.InvariantCulture), list.ToString(Chinese)).Should().Be((english, chinese));
    }

    [Fact]
    public void Alternatives_Items_AreJoinedWithOr()
    {
        var text = Catalog.Alternatives(["A", "B", "C"]);

        (text.ToString(CultureInfo.InvariantCulture), text.ToString(Chinese)).Should().Be(("A, B or C", "A、B 或 C"));
    }

    [Fact]
    public void NewDiagnostic_CatalogText_KeepsTheCodeAndReadsBothLanguages()
    {
        var diagnostic = Catalog.NewDiagnostic("DE1016", DiagnosticSeverity.Error, new SourceLocation("rules", 0, 0), Catalog.Text("DE1016_Reload", "denied"));

        diagnostic.Code.Should().Be("DE1016");
        diagnostic.ToString(CultureInfo.GetCultureInfo("en")).Should().EndWith("error DE1016: Reloading the rules failed: denied");
        diagnostic.ToString(CultureInfo.GetCultureInfo("zh-CN")).Should().EndWith("error DE1016: 重新加载规则失败：denied");
    }

    [Fact]
    public void SatelliteAssembly_Chinese_ShipsNextToTheLibrary()
    {
        var library = typeof(Catalog).Assembly;

        var satellite = library.GetSatelliteAssembly(Chinese);

        Path.GetDirectoryName(satellite.Location).Should().Be(Path.Combine(Path.GetDirectoryName(library.Location)!, "zh"));
        satellite.GetManifestResourceNames().Should().Equal("Douyin.Eligibility.Resources.Messages.zh.resources");
        library.GetCustomAttribute<NeutralResourcesLanguageAttribute>()!.CultureName.Should().Be("en");
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Catalog.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No catalog for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> ResxEntries(string path)
        => System.Xml.Linq.XDocument.Load(Repo.PathOf(path.Split('/'))).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static List<string> Placeholders(string text)
        => Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> SourceFiles(string root, string project)
    {
        var directory = Repo.PathOf(root, project);
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"^[A-Z]{2}\d{3,4}$|^SV\d{3}_\w+$")]
    private static partial Regex Code();
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Output;
using Douyin.Eligibility.Snapshots;
using Douyin.Eligibility.Tests.Support;
using TestSnapshots = Douyin.Eligibility.Tests.Support.Snapshots;

namespace Douyin.Eligibility.Tests.Output;

/// <summary>
/// <see cref="DecisionJson.WriteUtf8"/> against <see cref="DecisionJson.Write(Utf8JsonWriter, EligibilityDecision, string?, string?)"/>
/// with <see cref="DecisionJson.WriterOptions"/>: the same bytes for every decision of every family over the sample
/// data (shipped rules, explained or not, both languages), and for ids and outcomes that need escaping.
/// </summary>
public sealed class DecisionJsonUtf8Tests
{
    private static readonly EligibilityEvaluator Evaluator = EligibilityEvaluator.CreateDefault();

    // Strings the encoder escapes, or that are not valid UTF-16, among plain and Chinese ones.
    public static TheoryData<string> Strings() =>
    [
        "SHOP-1", "", "西湖数码生活馆", "quote \" and \\ backslash", "tab\tnew\nline\r", "\u0001\u001f\u007f", "<b>&amp;'</b>",
        "emoji 😀", "line\u2028separator\u2029", "\ufeffmark", "\ud800 lone", "lone \udc00", "é ü ß", "\u00a0nbsp", "\uffff", "`+~",
    ];

    [Fact]
    public void WriteUtf8_EveryDecisionOfTheSampleData_IsTheWritersBytes()
    {
        var decisions = SampleDecisions().ToList();

        decisions.Count.Should().BeGreaterThan(1_000);
        decisions.OfType<RenewalDecision>().Should().NotBeEmpty("the scorecard is written too");
        decisions.Any(d => d.Reasons.Any(r => r.Gap is not null)).Should().BeTrue("gaps are written too");
        decisions.Should().Contain(d => d.MissingFields.Count > 0, "missing fields are written too");
        foreach (var decision in decisions)
        {
            Utf8(decision).Should().Be(Writer(decision), decision.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void WriteUtf8_IdsAndOutcomesToEscape_AreEscapedAsTheWriterEscapesThem(string text)
    {
        var decision = Evaluator.EvaluateAllianceAdmission(TestSnapshots.Merchant(), EvaluationSettings.Chinese).Decision!;

        Capture(() => Utf8(decision, text, text)).Should().Be(Capture(() => Writer(decision, text, text)));
    }

    [Fact]
    public void WriteUtf8Properties_InsideCallersObject_WritesWhatWritePropertiesWrites()
    {
        var decision = Evaluator.EvaluateAllianceAdmission(TestSnapshots.Merchant() with { StoreScore = 3m }).Decision!;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, DecisionJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", 7);
            DecisionJson.WriteProperties(writer, decision, "Shown", "S/P");
            writer.WriteEndObject();
        }

        var utf8 = new ArrayBufferWriter<byte>();
        utf8.Write("{\"line\":7,"u8);
        DecisionJson.WriteUtf8Properties(utf8, decision, "Shown", "S/P");
        utf8.Write("}"u8);

        Encoding.UTF8.GetString(utf8.WrittenSpan).Should().Be(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static IEnumerable<EligibilityDecision> SampleDecisions()
    {
        var settings = new[]
        {
            EvaluationSettings.Chinese, EvaluationSettings.English, EvaluationSettings.Chinese with { Explain = false },
        };
        foreach (var file in new[] { "merchants.jsonl", "merchants-2026-11-21.jsonl" })
        {
            foreach (var merchant in Read<MerchantSnapshot>(file))
            {
                foreach (var s in settings)
                {
                    yield return Evaluator.EvaluateAllianceAdmission(merchant, s).Decision!;
                    yield return Evaluator.EvaluateAllianceClearance(merchant, s).Decision!;
                    foreach (var product in Evaluator.EvaluateProductClearance(merchant, s).Where(r => r.IsSuccess))
                    {
                        yield return product.Decision!;
                    }
                }
            }
        }

        foreach (var provider in Read<BrandProviderSnapshot>("brand-providers.jsonl"))
        {
            foreach (var s in settings)
            {
                yield return Evaluator.EvaluateBrandRenewal(provider, s).Decision!;
                if (Evaluator.EvaluateBrandAssessment(provider, s) is { IsSuccess: true } assessment)
                {
                    yield return assessment.Decision!;
                }
            }
        }

        foreach (var provider in Read<StoreOperationProviderSnapshot>("store-operation-providers.jsonl"))
        {
            foreach (var s in settings)
            {
                yield return Evaluator.EvaluateStoreOperationAdmission(provider, s).Decision!;
                yield return Evaluator.EvaluateStoreOperationPenalty(provider, s).Decision!;
            }
        }
    }

    private static IEnumerable<T> Read<T>(string file)
        where T : class, ISnapshot
        => SnapshotJson.ReadJsonLines<T>(File.OpenRead(Repo.PathOf("samples", "data", file))).Where(r => r.IsSuccess).Select(r => r.Value!);

    private static string Utf8(EligibilityDecision decision, string? outcome = null, string? id = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        DecisionJson.WriteUtf8(buffer, decision, outcome, id);
        return Convert.ToHexString(buffer.WrittenSpan);
    }

    private static string Writer(EligibilityDecision decision, string? outcome = null, string? id = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, DecisionJson.WriterOptions))
        {
            DecisionJson.Write(writer, decision, outcome, id);
        }

        return Convert.ToHexString(buffer.WrittenSpan);
    }

    // The bytes, or the exception's type and message when the writer refuses the text (a lone surrogate).
    private static string Capture(Func<string> write)
    {
        try
        {
            return write();
        }
        catch (Exception e)
        {
            return $"{e.GetType()}: {e.Message}";
        }
    }
}

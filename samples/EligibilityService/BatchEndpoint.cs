using System.Buffers;
using System.Text.Json;
using Douyin.Eligibility;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Output;
using Douyin.Eligibility.Snapshots;
using Microsoft.AspNetCore.Http.Features;

namespace EligibilityService;

/// <summary>
/// <c>POST {route}/batch</c>: NDJSON in (one snapshot per line, <c>application/x-ndjson</c>), NDJSON out, one row per
/// decision in input order (a store's products give one row each), each starting with its input <c>"line"</c>. A line
/// that cannot be read or is invalid gives a row with <c>"errors"</c> for that line; the request goes on. The body
/// is read and the response written as a stream, one line at a time (constant memory): the whole-body size limit does
/// not apply, each line is limited to <c>EligibilityService:MaxRequestBodyBytes</c> instead.
/// </summary>
internal static class BatchEndpoint
{
    /// <summary>The media types accepted and written.</summary>
    public const string NdJson = "application/x-ndjson";

    private const int FlushBytes = 16 * 1024;

    public static async Task RunAsync<TSnapshot, TDecision>(HttpContext context, string? lang, IEligibilityEvaluator evaluator, EligibilityFamily<TSnapshot, TDecision> family)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        var request = context.Request;
        if (RequestReading.TryGetSettings(lang, out var settings) is { } badLanguage)
        {
            await badLanguage.ExecuteAsync(context);
            return;
        }

        if (!IsNdJson(request.ContentType))
        {
            await RequestReading.UnsupportedMediaType(request.ContentType, NdJson).ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }

        var culture = settings.Culture ?? System.Globalization.CultureInfo.CurrentUICulture;
        var lineLimit = context.RequestServices.GetRequiredService<ServiceLimits>().MaxItemBytes;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = NdJson + "; charset=utf-8";
        var output = response.BodyWriter;
        await using var rows = new NdJsonRows(output);
        var reads = SnapshotJson.ReadJsonLinesAsync<TSnapshot>(request.Body, new SnapshotReadOptions { MaxItemBytes = lineLimit }, context.RequestAborted);
        long lastLine = 0;
        try
        {
            await foreach (var read in reads)
            {
                lastLine = read.Error?.Line ?? read.Line;
                WriteRead(rows, evaluator, family, read, settings, culture);
                if (!output.CanGetUnflushedBytes || output.UnflushedBytes >= FlushBytes)
                {
                    await output.FlushAsync(context.RequestAborted);
                }
            }
        }
        catch (BadHttpRequestException e)
        {
            // The body broke off (bad chunking, too slow): the rows so far stand, and a last row says why it stopped.
            rows.Write(w => DecisionBody.WriteErrors(w, lastLine + 1, null, [("$", null, RequestReading.BadBodyTitle + " " + e.Message)]));
        }

        await output.FlushAsync(context.RequestAborted);
    }

    /// <summary>The rows of one input line: its decisions, or its reading error.</summary>
    internal static void WriteRead<TSnapshot, TDecision>(NdJsonRows rows, IEligibilityEvaluator evaluator, EligibilityFamily<TSnapshot, TDecision> family, SnapshotReadResult<TSnapshot> read, EvaluationSettings settings, System.Globalization.CultureInfo culture)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        if (read.Error is { } error)
        {
            rows.Write(w => DecisionBody.WriteErrors(w, error.Line, null, [(error.Field, null, error.GetMessage(culture))]));
        }
        else
        {
            WriteDecisions(rows, evaluator, family, read.Value!, read.Line, settings);
        }
    }

    private static void WriteDecisions<TSnapshot, TDecision>(NdJsonRows rows, IEligibilityEvaluator evaluator, EligibilityFamily<TSnapshot, TDecision> family, TSnapshot snapshot, long line, EvaluationSettings settings)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        if (family.SubjectCollection is null)
        {
            WriteResult(rows, evaluator.Evaluate(family, snapshot, settings), line);
            return;
        }

        foreach (var result in evaluator.EvaluateEach(family, snapshot, settings))
        {
            WriteResult(rows, result, line);
        }
    }

    private static void WriteResult<TDecision>(NdJsonRows rows, EligibilityResult<TDecision> result, long line)
        where TDecision : EligibilityDecision
        => rows.Write(w =>
        {
            if (result.IsSuccess)
            {
                DecisionBody.Write(w, result.Decision, line);
            }
            else
            {
                DecisionBody.WriteErrors(w, line, result.SubjectId, DecisionBody.Of(result.ValidationErrors, result.Culture));
            }
        });

    private static bool IsNdJson(string? contentType)
        => contentType is not null
           && (contentType.StartsWith(NdJson, StringComparison.OrdinalIgnoreCase)
               || contentType.StartsWith("application/jsonl", StringComparison.OrdinalIgnoreCase)
               || contentType.StartsWith("application/x-jsonlines", StringComparison.OrdinalIgnoreCase));

    /// <summary>NDJSON rows into a pipe: each row one JSON object, then a newline.</summary>
    internal sealed class NdJsonRows(IBufferWriter<byte> output) : IAsyncDisposable
    {
        private readonly Utf8JsonWriter _writer = new(output, DecisionJson.WriterOptions);

        public void Write(Action<Utf8JsonWriter> write)
        {
            write(_writer);
            _writer.Flush();
            _writer.Reset();
            output.Write("\n"u8);
        }

        public ValueTask DisposeAsync() => _writer.DisposeAsync();
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Douyin.Eligibility;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Families;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Output;
using Douyin.Eligibility.Snapshots;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EligibilityService;

/// <summary>
/// The OpenAPI description of the family endpoints (<c>/openapi/v1.json</c>): name, summary, body and response types,
/// and examples. The request example is the repository's sample snapshot of the family's type (samples/data/examples,
/// embedded); the response example is what the service answers for it now, computed with the rules in use when the
/// document is served, so it is never out of date. A family without a sample (a host's own) has no examples.
/// </summary>
internal static class OpenApiExamples
{
    private static readonly Dictionary<Type, string> SampleFiles = new()
    {
        [typeof(MerchantSnapshot)] = "merchant.json",
        [typeof(BrandProviderSnapshot)] = "brand-provider.json",
        [typeof(StoreOperationProviderSnapshot)] = "store-operation-provider.json",
    };

    /// <summary>Names and documents <paramref name="endpoint"/>, the single or batch endpoint of <paramref name="family"/>.</summary>
    public static void Describe<TSnapshot, TDecision>(RouteHandlerBuilder endpoint, EligibilityFamily<TSnapshot, TDecision> family, bool batch)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        var contentType = batch ? BatchEndpoint.NdJson : "application/json";
        endpoint
            .WithName(family.WorkflowName + (batch ? "Batch" : string.Empty))
            .WithTags(family.WorkflowName)
            .WithSummary(batch
                ? $"{family.WorkflowName}: NDJSON in, one decision row per line (or per subject) out, in order"
                : family.SubjectCollection is null ? $"{family.WorkflowName}: the decision for one snapshot" : $"{family.WorkflowName}: one decision per item of '{family.SubjectCollection}'")
            .Produces(StatusCodes.Status200OK, contentType: contentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        // The body is described here rather than with Accepts<T>(), whose content-type check would answer a wrong type
        // with an empty 415 before the endpoint's own problem details.
        var sample = Sample(typeof(TSnapshot));
        endpoint.WithMetadata(new Example(typeof(TSnapshot), contentType, sample is null ? null : evaluator => batch ? BatchExample(evaluator, family, sample) : SingleExample(evaluator, family, sample)));
    }

    /// <summary>Sets the request body (schema and example) and the response example of an operation that has an <see cref="Example"/>.</summary>
    public static async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<Example>().FirstOrDefault() is not { } example)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(example.SnapshotType, null, cancellationToken);
        var requestMedia = new OpenApiMediaType { Schema = example.ContentType == BatchEndpoint.NdJson ? new OpenApiSchema { Type = JsonSchemaType.String, Description = "One snapshot per line (NDJSON)." } : schema };
        operation.RequestBody = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType> { [example.ContentType] = requestMedia } };
        if (example.Build is null)
        {
            return;
        }

        var (request, response) = example.Build(context.ApplicationServices.GetRequiredService<IEligibilityEvaluator>());
        requestMedia.Example = request;
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse decided)
        {
            decided.Content ??= new Dictionary<string, OpenApiMediaType>();
            decided.Content[example.ContentType] = new OpenApiMediaType { Example = response };
        }
    }

    private static (JsonNode Request, JsonNode Response) SingleExample<TSnapshot, TDecision>(IEligibilityEvaluator evaluator, EligibilityFamily<TSnapshot, TDecision> family, string sample)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        var snapshot = SnapshotJson.Read<TSnapshot>(sample).Value!;
        var settings = EvaluationSettings.English;
        var json = Written(writer =>
        {
            if (family.SubjectCollection is null)
            {
                var result = evaluator.Evaluate(family, snapshot, settings);
                if (result.IsSuccess)
                {
                    DecisionBody.Write(writer, result.Decision);
                }
                else
                {
                    DecisionBody.WriteErrors(writer, 1, result.SubjectId, DecisionBody.Of(result.ValidationErrors, result.Culture));
                }
            }
            else
            {
                FamilyEndpoints.WriteEach(writer, snapshot, family, evaluator.EvaluateEach(family, snapshot, settings));
            }
        });
        return (JsonNode.Parse(sample)!, JsonNode.Parse(json)!);
    }

    /// <summary>Two lines: the sample, and a line that is not a snapshot (its row says why); the rows as the endpoint writes them.</summary>
    private static (JsonNode Request, JsonNode Response) BatchExample<TSnapshot, TDecision>(IEligibilityEvaluator evaluator, EligibilityFamily<TSnapshot, TDecision> family, string sample)
        where TSnapshot : class, ISnapshot
        where TDecision : EligibilityDecision
    {
        var lines = JsonNode.Parse(sample)!.ToJsonString() + "\n" + """{"id": "BROKEN-1", "asOf": 20240801}""" + "\n";
        var output = new ArrayBufferWriter<byte>();
        var rows = new BatchEndpoint.NdJsonRows(output);
        using (var input = new MemoryStream(Encoding.UTF8.GetBytes(lines)))
        {
            foreach (var read in SnapshotJson.ReadJsonLines<TSnapshot>(input))
            {
                BatchEndpoint.WriteRead(rows, evaluator, family, read, EvaluationSettings.English, EvaluationSettings.English.Culture!);
            }
        }

        return (JsonValue.Create(lines), JsonValue.Create(Encoding.UTF8.GetString(output.WrittenSpan)));
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, DecisionJson.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static string? Sample(Type snapshotType)
    {
        if (!SampleFiles.TryGetValue(snapshotType, out var file))
        {
            return null;
        }

        using var stream = typeof(OpenApiExamples).Assembly.GetManifestResourceStream("examples/" + file);
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }

    /// <summary>The examples of one operation, computed when the document is served.</summary>
    private sealed record Example(Type SnapshotType, string ContentType, Func<IEligibilityEvaluator, (JsonNode Request, JsonNode Response)>? Build);
}

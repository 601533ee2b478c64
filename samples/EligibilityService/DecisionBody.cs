using System.Globalization;
using System.Text.Json;
using Douyin.Eligibility.Decisions;
using Douyin.Eligibility.Output;
using Douyin.Eligibility.Validation;

namespace EligibilityService;

/// <summary>
/// The service's JSON for a decision: the tool's JSON Lines shape (<see cref="DecisionJson"/>: id, asOf, outcome,
/// reasons with observed/threshold/gap as text, missingFields, ruleSetHash, a renewal's scorecard), then what only the
/// service adds: the workflow version used, the culture, the explanation and each family's extra facts. A batch row
/// starts with <c>"line"</c>, as the tool's rows do; a row that could not be decided has <c>"errors"</c> instead.
/// </summary>
internal static class DecisionBody
{
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line"), Workflow = JsonEncodedText.Encode("workflow"),
        WorkflowVersion = JsonEncodedText.Encode("workflowVersion"), EffectiveFrom = JsonEncodedText.Encode("effectiveFrom"),
        Culture = JsonEncodedText.Encode("culture"), Explanation = JsonEncodedText.Encode("explanation"),
        OpeningsRemaining = JsonEncodedText.Encode("openingsRemaining"), Criteria = JsonEncodedText.Encode("criteria"),
        IndeterminateLevel = JsonEncodedText.Encode("indeterminateLevel"), Steps = JsonEncodedText.Encode("steps"),
        Errors = JsonEncodedText.Encode("errors"), Field = JsonEncodedText.Encode("field"), Code = JsonEncodedText.Encode("code"),
        Message = JsonEncodedText.Encode("message"), Id = JsonEncodedText.Encode("id"), Name = JsonEncodedText.Encode("name"),
        Points = JsonEncodedText.Encode("points"), MaxPoints = JsonEncodedText.Encode("maxPoints"), BandReached = JsonEncodedText.Encode("bandReached"),
        Level = JsonEncodedText.Encode("level"), State = JsonEncodedText.Encode("state");

    /// <summary>One decision as an object; <paramref name="line"/> (a batch's input line) is written first when given.</summary>
    public static void Write(Utf8JsonWriter writer, EligibilityDecision decision, long? line = null)
    {
        writer.WriteStartObject();
        if (line is { } number)
        {
            writer.WriteNumber(Line, number);
        }

        DecisionJson.WriteProperties(writer, decision);
        writer.WriteString(Workflow, decision.WorkflowName);
        writer.WriteString(WorkflowVersion, decision.WorkflowVersion);
        if (decision.EffectiveFrom is { } from)
        {
            writer.WriteString(EffectiveFrom, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        writer.WriteString(Culture, decision.Culture.Name);
        writer.WriteString(Explanation, decision.ToString());
        WriteFamilyFacts(writer, decision);
        writer.WriteEndObject();
    }

    /// <summary>A batch row that could not be decided: its line, the id when it was read, and every error.</summary>
    public static void WriteErrors(Utf8JsonWriter writer, long line, string? id, IEnumerable<(string Field, string? Code, string Message)> errors)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Line, line);
        if (id is not null)
        {
            writer.WriteString(Id, id);
        }

        writer.WriteStartArray(Errors);
        foreach (var (field, code, message) in errors)
        {
            writer.WriteStartObject();
            writer.WriteString(Field, string.IsNullOrEmpty(field) ? "$" : field);
            if (code is not null)
            {
                writer.WriteString(Code, code);
            }

            writer.WriteString(Message, message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Validation errors as batch-row errors, in <paramref name="culture"/>.</summary>
    public static IEnumerable<(string Field, string? Code, string Message)> Of(IEnumerable<ValidationError> errors, CultureInfo culture)
        => errors.Select(e => (e.Field, (string?)e.Code, e.GetMessage(culture)));

    private static void WriteFamilyFacts(Utf8JsonWriter writer, EligibilityDecision decision)
    {
        switch (decision)
        {
            case AdmissionDecision { OpeningsRemaining: { } left }:
                writer.WriteNumber(OpeningsRemaining, left);
                break;
            case ClearanceDecision { OpeningsRemaining: { } left }:
                writer.WriteNumber(OpeningsRemaining, left);
                break;
            case RenewalDecision renewal:
                writer.WriteStartArray(Criteria);
                foreach (var criterion in renewal.Scorecard.Criteria)
                {
                    writer.WriteStartObject();
                    writer.WriteString(Name, criterion.Name);
                    writer.WriteNumber(Points, criterion.Points);
                    writer.WriteNumber(MaxPoints, criterion.MaxPoints);
                    writer.WriteString(BandReached, criterion.BandReached);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
            case PenaltyDecision penalty:
                if (penalty.IndeterminateLevel is { } level)
                {
                    writer.WriteString(IndeterminateLevel, level.ToString());
                }

                writer.WriteStartArray(Steps);
                foreach (var step in penalty.Steps)
                {
                    writer.WriteStartObject();
                    writer.WriteString(Level, step.Level.ToString());
                    writer.WriteString(State, step.State.ToString());
                    writer.WriteString(Code, step.Rule.Code ?? step.Rule.RuleName);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
        }
    }
}

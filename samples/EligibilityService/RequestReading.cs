using System.Globalization;
using Douyin.Eligibility;
using Douyin.Eligibility.Json;
using Douyin.Eligibility.Validation;
using EligibilityService.Resources;

namespace EligibilityService;

/// <summary>
/// Reads a snapshot body strictly and turns every kind of bad input into a ProblemDetails: 415 for a body that is
/// not JSON, 413 for one over the size limit, 400 for a broken body (bad chunked encoding, shorter than its
/// Content-Length) and for JSON and validation errors with the fields named. None of them is an exception.
/// </summary>
internal static class RequestReading
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>
    /// The settings for <c>?lang=en|zh-CN</c>, or a 400 for any other value; without <c>lang</c>, the request's culture
    /// (<c>Accept-Language</c>, chosen by request localization among zh-CN and en; zh-CN when it names neither).
    /// </summary>
    public static IResult? TryGetSettings(string? lang, out EvaluationSettings settings)
    {
        settings = new EvaluationSettings { Culture = CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese };
        if (string.IsNullOrEmpty(lang))
        {
            return null;
        }

        if (lang.Equals("en", StringComparison.OrdinalIgnoreCase) || lang.Equals("zh-CN", StringComparison.OrdinalIgnoreCase))
        {
            settings = new EvaluationSettings { Culture = lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese };
            return null;
        }

        return Problem(ServiceText.Get("Problem_UnsupportedLanguage"), new() { ["lang"] = [ServiceText.Get("Problem_UnsupportedLanguageDetail", lang)] });
    }

    /// <summary>The snapshot in the request body, or the problem with it (415, 413, or 400 naming the JSON path of the first reading error).</summary>
    public static async Task<(T? Snapshot, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class, Douyin.Eligibility.Snapshots.ISnapshot
    {
        if (!request.HasJsonContentType())
        {
            return (null, UnsupportedMediaType(request.ContentType, "application/json"));
        }

        string json;
        try
        {
            using var reader = new StreamReader(request.Body);
            json = await reader.ReadToEndAsync();
        }
        catch (BadHttpRequestException e)
        {
            // Too large, bad chunked encoding, shorter than its Content-Length, too slow: the client's fault, not
            // an error of the service, so no exception and no stack trace in the log.
            return (null, BadBody(e));
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, Problem(InvalidJson, new() { ["$"] = [ServiceText.Get("Problem_EmptyBody")] }));
        }

        var result = SnapshotJson.Read<T>(json);
        if (result.IsSuccess)
        {
            return (result.Value, null);
        }

        var error = result.Error!;
        var field = string.IsNullOrEmpty(error.Field) ? "$" : error.Field;
        return (null, Problem(InvalidJson, new() { [field] = [error.Message] }));
    }

    /// <summary>A 415 naming the content type received and the one expected.</summary>
    public static IResult UnsupportedMediaType(string? contentType, string expected)
        => Results.Problem(
            title: ServiceText.Get("Problem_UnsupportedMediaType"),
            detail: ServiceText.Get("Problem_UnsupportedMediaTypeDetail", string.IsNullOrEmpty(contentType) ? ServiceText.Get("Problem_NoContentType") : $"'{contentType}'", expected),
            statusCode: StatusCodes.Status415UnsupportedMediaType);

    /// <summary>A 400 listing every validation error by JSON field, in the request's language, with the SVxxx codes.</summary>
    public static IResult ValidationFailed(IReadOnlyList<ValidationError> errors, CultureInfo culture)
    {
        var byField = errors
            .GroupBy(e => string.IsNullOrEmpty(e.Field) ? "$" : e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.GetMessage(culture)).ToArray());
        var codes = errors.Select(e => new { field = e.Field, code = e.Code }).ToArray();
        return Results.ValidationProblem(byField, title: ServiceText.Get("Problem_InvalidSnapshot"), extensions: new Dictionary<string, object?> { ["codes"] = codes });
    }

    private static IResult BadBody(BadHttpRequestException e)
    {
        var status = e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status400BadRequest;
        var title = status == StatusCodes.Status413PayloadTooLarge ? ServiceText.Get("Problem_BodyTooLarge") : BadBodyTitle;
        return Results.Problem(title: title, detail: e.Message, statusCode: status);
    }

    /// <summary>The title of a body that broke off (bad chunking, shorter than its length, too slow).</summary>
    public static string BadBodyTitle => ServiceText.Get("Problem_BadBody");

    private static string InvalidJson => ServiceText.Get("Problem_InvalidJson");

    private static IResult Problem(string title, Dictionary<string, string[]> errors) => Results.ValidationProblem(errors, title: title);
}

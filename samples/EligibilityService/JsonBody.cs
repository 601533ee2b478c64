using System.Text.Json;
using Douyin.Eligibility.Output;

namespace EligibilityService;

/// <summary>A 200 <c>application/json</c> body written straight into the response with <see cref="Utf8JsonWriter"/>.</summary>
internal sealed class JsonBody(Action<Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, DecisionJson.WriterOptions);
        write(writer);
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}

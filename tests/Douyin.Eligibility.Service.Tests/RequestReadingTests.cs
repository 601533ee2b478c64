using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>
/// Bodies that are not a snapshot: too large, broken on the wire, not JSON. Each is a 4xx ProblemDetails, and none
/// leaves an exception (a stack trace anyone could flood the log with) in the log.
/// </summary>
public sealed class RequestReadingTests : IAsyncLifetime
{
    private ServiceHost _host = null!;

    // "Request finished … - 400" from the hosting diagnostics says what the service answered, even when the client
    // hung up before it could read the answer, and comes after any exception the request logged.
    public async Task InitializeAsync()
        => _host = await ServiceHost.StartAsync(args: ["--EligibilityService:MaxRequestBodyBytes=100000", "--Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information"]);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_ContentLengthOverTheLimit_Is413()
    {
        var (status, response) = await RawHttp.SendAsync(_host.Address, Head("Content-Length: 100001"), [], endSending: false);

        status.Should().Be(413, response);
        response.Should().Contain("application/problem+json").And.Contain("Request body too large");
        (await Finished()).Should().Contain(" - 413");
        NoExceptionLogged();
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Is413()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"id\": \"" + new string('x', 200_000) + "\"}")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alliance/admission") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _host.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await Finished()).Should().Contain(" - 413");
        NoExceptionLogged();
    }

    [Fact]
    public async Task Post_BadChunkedEncoding_Is400()
    {
        var (status, response) = await RawHttp.SendAsync(_host.Address, Head("Transfer-Encoding: chunked"), Encoding.ASCII.GetBytes("zz\r\n{}\r\n0\r\n\r\n"), endSending: false);

        status.Should().Be(400, response);
        (await Finished()).Should().Contain(" - 400");
        NoExceptionLogged();
    }

    [Fact]
    public async Task Post_BodyShorterThanItsContentLength_Is400()
    {
        var (status, response) = await RawHttp.SendAsync(_host.Address, Head("Content-Length: 500"), Encoding.UTF8.GetBytes("{\"id\": \"S1\""), endSending: true);

        // The client has hung up, so the answer may not reach it, and the hosting diagnostics count the request as
        // 499 (client closed); the service answers with a 400 ProblemDetails all the same.
        (status ?? 400).Should().Be(400, response);
        (await Finished()).Should().MatchRegex(" - (400|499) - application/problem\\+json ");
        NoExceptionLogged();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Post_NotJson_Is415(string? contentType)
    {
        var (status, body) = await _host.PostAsync("/alliance/admission", Samples.Merchant, contentType);

        status.Should().Be(415, body.ToString());
        body.GetProperty("status").GetInt32().Should().Be(415);
        body.GetProperty("detail").GetString().Should().Contain("application/json");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/merchant+json")]
    public async Task Post_JsonMediaTypes_AreAccepted(string contentType)
    {
        using var content = new StringContent(Samples.Merchant);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await _host.Client.PostAsync("/alliance/admission", content);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static string Head(string lengthHeader) => $"""
        POST /alliance/admission HTTP/1.1
        Host: 127.0.0.1
        Content-Type: application/json
        {lengthHeader}

        """;

    /// <summary>Waits (10 s at most) for the hosting diagnostics to log the end of the request, and returns that line.</summary>
    private async Task<string> Finished()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!timeout.IsCancellationRequested)
        {
            if (_host.Logs.Entries.FirstOrDefault(e => e.Message.StartsWith("Request finished", StringComparison.Ordinal)) is { Message: { } line })
            {
                return line;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The request did not finish within 10 s.");
    }

    private void NoExceptionLogged()
        => _host.Logs.Entries.Where(e => e.Exception is not null || e.Level >= LogLevel.Error).Should().BeEmpty();
}

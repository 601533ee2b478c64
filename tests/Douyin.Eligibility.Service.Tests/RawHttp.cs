using System.Net.Sockets;
using System.Text;

namespace Douyin.Eligibility.Service.Tests;

/// <summary>
/// Hand-written HTTP/1.1 over a socket, for requests HttpClient will not send: broken chunked encoding, a body shorter
/// than its Content-Length, a Content-Length over the limit with no body.
/// </summary>
internal static class RawHttp
{
    /// <summary>Sends <paramref name="head"/> and <paramref name="body"/>, then (optionally) ends the sending side, and reads the response.</summary>
    /// <returns>The status code and the response text (head and body), or null and "" when the server closed without answering.</returns>
    public static async Task<(int? Status, string Response)> SendAsync(Uri address, string head, byte[] body, bool endSending)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(address.Host, address.Port, timeout.Token);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ReplaceLineEndings("\r\n") + "\r\n"), timeout.Token);
            await stream.WriteAsync(body, timeout.Token);
            if (endSending)
            {
                client.Client.Shutdown(SocketShutdown.Send);
            }
        }
        catch (IOException)
        {
            // The server may answer and close before it has read everything; the answer is still there to read.
        }

        var response = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                response.Write(buffer, 0, read);
                if (IsComplete(response))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // Reset after the answer.
        }

        var text = Encoding.UTF8.GetString(response.ToArray());
        return text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(text.AsSpan(9, 3), out var status) ? (status, text) : (null, text);
    }

    /// <summary>True once the head and a body of its Content-Length have arrived.</summary>
    private static bool IsComplete(MemoryStream response)
    {
        var text = Encoding.UTF8.GetString(response.ToArray());
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var line = text[..end].Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return line is not null && int.TryParse(line["Content-Length:".Length..].Trim(), out var length) && Encoding.UTF8.GetByteCount(text[(end + 4)..]) >= length;
    }
}

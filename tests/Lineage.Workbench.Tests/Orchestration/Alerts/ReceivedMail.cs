using System.Net.Mime;
using System.Text;
using System.Text.RegularExpressions;

namespace Lineage.Workbench.Tests.Orchestration.Alerts;

/// <summary>One mail as the test SMTP server received it, with its subject and single-part body decoded.</summary>
public sealed partial record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Data)
{
    private string Headers => Data[..Data.IndexOf("\r\n\r\n", StringComparison.Ordinal)];

    private string RawBody => Data[(Data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];

    /// <summary>A header's value with folded lines joined, or null.</summary>
    public string? Header(string name)
    {
        var unfolded = FoldedLine().Replace(Headers, " ");
        foreach (var line in unfolded.Split("\r\n"))
            if (line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                return line[(name.Length + 1)..].Trim();
        return null;
    }

    public string Subject => DecodeWords(Header("Subject") ?? "");

    public string Body
    {
        get
        {
            var contentType = new ContentType(Header("Content-Type") ?? "text/plain; charset=us-ascii");
            var encoding = Encoding.GetEncoding(contentType.CharSet ?? "us-ascii");
            return (Header("Content-Transfer-Encoding") ?? "7bit").ToLowerInvariant() switch
            {
                "base64" => encoding.GetString(Convert.FromBase64String(RawBody.Replace("\r\n", ""))),
                "quoted-printable" => encoding.GetString(DecodeQuotedPrintable(RawBody)),
                _ => RawBody,
            };
        }
    }

    /// <summary>RFC 2047 encoded words (<c>=?utf-8?B?…?=</c>, <c>=?utf-8?Q?…?=</c>).</summary>
    private static string DecodeWords(string value) =>
        EncodedWord().Replace(value.Replace("?= =?", "?==?"), match =>
        {
            var encoding = Encoding.GetEncoding(match.Groups["charset"].Value);
            var text = match.Groups["text"].Value;
            return match.Groups["kind"].Value.ToUpperInvariant() == "B"
                ? encoding.GetString(Convert.FromBase64String(text))
                : encoding.GetString(DecodeQuotedPrintable(text.Replace('_', ' ')));
        });

    private static byte[] DecodeQuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        var unwrapped = text.Replace("=\r\n", "");
        for (var i = 0; i < unwrapped.Length; i++)
        {
            if (unwrapped[i] == '=' && i + 2 < unwrapped.Length)
            {
                bytes.Add(Convert.ToByte(unwrapped.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
                bytes.AddRange(Encoding.ASCII.GetBytes(unwrapped[i].ToString()));
        }
        return bytes.ToArray();
    }

    [GeneratedRegex(@"\r\n[ \t]+")]
    private static partial Regex FoldedLine();

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();
}

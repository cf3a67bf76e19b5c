using System.Globalization;

namespace Attribution.WebApi;

/// <summary>
/// The service's own settings, from the <c>Attribution</c> configuration section (appsettings.json, the
/// command line as <c>--Attribution:MaxTextLength=…</c>, or environment variables), checked at start so a bad
/// value stops the service with a message that names the key instead of failing a request later.
/// </summary>
/// <param name="MaxTextLength">The longest text a request may carry, in UTF-16 code units (<c>Attribution:MaxTextLength</c>).</param>
/// <param name="MaxConcurrentRequests">How many extract requests run at once (<c>Attribution:MaxConcurrentRequests</c>); the rest wait in a queue.</param>
/// <param name="RequestQueueLimit">How many extract requests may wait for a turn (<c>Attribution:RequestQueueLimit</c>); beyond it a request gets 429.</param>
/// <param name="RequestTimeout">How long one extract request may take once its turn has come (<c>Attribution:RequestTimeoutSeconds</c>).</param>
public sealed record ServiceSettings(int MaxTextLength, int MaxConcurrentRequests, int RequestQueueLimit, TimeSpan RequestTimeout)
{
    /// <summary>The configuration section the settings live in.</summary>
    public const string SectionName = "Attribution";

    /// <summary>A news article is a few thousand characters; a million leaves room for long reports and transcripts.</summary>
    private const int DefaultMaxTextLength = 1_000_000;

    /// <summary>
    /// Enough waiting requests that a burst of a hundred clients is served rather than refused: a waiting request
    /// has not been read yet, so it holds only what Kestrel buffers for its connection (see <see cref="RequestBufferBytes"/>).
    /// </summary>
    private const int DefaultRequestQueueLimit = 128;

    /// <summary>A 1 MB article takes well under a second to read and extract; thirty seconds is for a loaded machine, not a normal request.</summary>
    private const int DefaultRequestTimeoutSeconds = 30;

    /// <summary>
    /// The most a JSON body can take per UTF-16 code unit of its text: a <c>\uXXXX</c> escape is six bytes.
    /// A body larger than the text limit allows is refused with 413 before it is read.
    /// </summary>
    private const int MaxJsonBytesPerCodeUnit = 6;

    /// <summary>Room in a body for the other members (<c>date</c>, <c>id</c>) and the JSON punctuation.</summary>
    private const int BodyEnvelopeBytes = 4096;

    /// <summary>
    /// What Kestrel buffers per connection ahead of the application, instead of its default 1 MB: a request that waits
    /// for its turn then holds 64 KB, not a megabyte, and the rest of its body waits in the client and the network.
    /// </summary>
    public const int RequestBufferBytes = 64 * 1024;

    /// <summary>The largest request body accepted, derived from <see cref="MaxTextLength"/>.</summary>
    public long MaxRequestBodyBytes => ((long)MaxTextLength * MaxJsonBytesPerCodeUnit) + BodyEnvelopeBytes;

    /// <summary>Reads and checks the settings.</summary>
    /// <exception cref="InvalidOperationException">A setting is not a positive whole number; the message names its key.</exception>
    public static ServiceSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        return new ServiceSettings(
            Positive(section, nameof(MaxTextLength), DefaultMaxTextLength),
            Positive(section, nameof(MaxConcurrentRequests), Environment.ProcessorCount),
            Positive(section, nameof(RequestQueueLimit), DefaultRequestQueueLimit),
            TimeSpan.FromSeconds(Positive(section, "RequestTimeoutSeconds", DefaultRequestTimeoutSeconds)));
    }

    private static int Positive(IConfigurationSection section, string key, int fallback)
    {
        string? value = section[key];
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) || parsed <= 0)
        {
            throw new InvalidOperationException($"{SectionName}:{key} must be a positive whole number, not \"{value}\".");
        }

        return parsed;
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;

namespace Generator.Diagnostics;

/// <summary>
/// An interpolated message formatted with the invariant culture, whatever the machine's: a date in a diagnostic prints
/// as 2022-02-07 under th-TH (not 2565), a number with ASCII digits and '-' under ar-SA or fa-IR. The compiler picks
/// this over <see cref="string"/> for every <c>$"…"</c> passed to <see cref="DiagnosticBag.Error(string, SourceLocation?, ref InvariantText)"/>.
/// </summary>
[InterpolatedStringHandler]
public ref struct InvariantText
{
    private DefaultInterpolatedStringHandler _inner;

    public InvariantText(int literalLength, int formattedCount) =>
        _inner = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

    public void AppendFormatted<T>(T value, int alignment) => _inner.AppendFormatted(value, alignment);

    public void AppendFormatted(ReadOnlySpan<char> value) => _inner.AppendFormatted(value);

    public void AppendFormatted(string? value) => _inner.AppendFormatted(value);

    /// <summary>The formatted text; the handler is spent afterwards.</summary>
    public string ToStringAndClear() => _inner.ToStringAndClear();

    /// <summary>Formats <paramref name="text"/> with the invariant culture: for messages not passed to a bag directly.</summary>
    public static string Format(ref InvariantText text) => text.ToStringAndClear();
}

namespace CseaHub.Web.Infrastructure.Caching;

/// <summary>
/// Writes through to the server's stream and keeps a copy of what passed if, when the first bytes come, the output cache
/// is serving them (<paramref name="candidate"/>); up to <paramref name="limit"/> bytes: past it, the copy is dropped
/// (<see cref="CopiedBytes"/> gives null) and the answer still goes out whole. A page being rendered is not copied at all.
/// </summary>
internal sealed class CopyingStream(Stream inner, int limit, FrontCacheCandidate candidate) : Stream
{
    private bool _started;
    private MemoryStream? _copy;

    /// <summary>Everything written, or null if nothing was copied or it was more than the limit.</summary>
    public byte[]? CopiedBytes() => _copy?.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        if (!_started)
        {
            _started = true;
            _copy = candidate.ServedFromOutputCache ? new MemoryStream() : null;
        }

        if (_copy is null)
        {
            return;
        }

        if (_copy.Length + buffer.Length > limit)
        {
            _copy = null;
            return;
        }

        _copy.Write(buffer);
    }
}

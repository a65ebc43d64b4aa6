using ChatAssistant.CivicReports.Photos;

namespace ChatAssistant.CivicReports.Tests.Photos;

/// <summary>Only real JPEG, PNG and WebP bytes count as a photo, whatever the sender declared.</summary>
public sealed class PhotoCheckTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0, 0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'E', (byte)'B', (byte)'P', 0 }, "image/webp")]
    [InlineData(new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-' }, null)]
    [InlineData(new byte[] { 0xFF, 0xD8 }, null)]
    [InlineData(new byte[0], null)]
    public void ContentTypeOf_ReadsTheFirstBytes(byte[] bytes, string? expected) => Assert.Equal(expected, PhotoCheck.ContentTypeOf(bytes));
}

using System.Net;
using System.Net.Sockets;

namespace ChatAssistant.Channels.DirectLine.Limits;

/// <summary>
/// The key a client's requests are counted under. An IPv6 client usually holds a whole /64 and can pick a new address
/// in it for every request, so IPv6 is counted by its /64; IPv4 (and IPv4 mapped into IPv6) by its address.
/// </summary>
public static class ClientAddress
{
    public static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

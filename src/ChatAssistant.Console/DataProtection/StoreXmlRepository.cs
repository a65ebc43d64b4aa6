using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ChatAssistant.StaffConsole.DataProtection;

/// <summary>Data Protection's key repository over <see cref="IDataProtectionKeyStore"/>.</summary>
internal sealed class StoreXmlRepository(IDataProtectionKeyStore store) : IXmlRepository
{
    // IXmlRepository is synchronous; Data Protection calls it at start-up and when a key is made (every 90 days)
    // and caches the ring in between, so blocking here costs nothing a request would notice.
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.GetAllAsync().GetAwaiter().GetResult().Select(XElement.Parse).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        store.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
}

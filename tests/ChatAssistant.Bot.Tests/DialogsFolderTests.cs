using ChatAssistant.Core.Configuration;
using ChatAssistant.Dialogs;
using ChatAssistant.Dialogs.Actions;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bot.Tests;

public class DialogsFolderTests
{
    [Fact]
    public void Load_RepositoryDialogs_AreValidForThisBot()
    {
        var requirements = new ServiceCollection().AddBot().DialogRequirements();

        var catalog = DialogCatalog.Load(ContentPaths.Resolve("dialogs"), requirements);

        Assert.Contains("benvenuto", catalog.Flows.Keys);
        Assert.Contains("kb.answer", requirements.ActionNames);
    }
}

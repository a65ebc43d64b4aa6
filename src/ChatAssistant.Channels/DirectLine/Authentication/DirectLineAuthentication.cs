namespace ChatAssistant.Channels.DirectLine.Authentication;

/// <summary>The names under which Direct Line's authentication is registered, and the claims it issues.</summary>
public static class DirectLineAuthentication
{
    public const string Scheme = "DirectLine";

    /// <summary>Required on the whole /v3/directline route group: a site secret or a valid token.</summary>
    public const string Policy = "DirectLine";

    public const string TenantClaim = "dl:tenant";
    public const string ConversationClaim = "dl:conversation";
    public const string UserClaim = "dl:user";
    public const string ExpiresClaim = "dl:expires";
    public const string SessionEndsClaim = "dl:session-ends";
}

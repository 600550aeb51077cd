namespace AlertBot.Telegram.Deliver;

/// <summary>What happens to a withdrawn story's alert in the chats that got it.</summary>
public enum WithdrawAction
{
    /// <summary>The message is edited to "Withdrawn: headline — reason" (past Telegram's edit window: a reply saying so).</summary>
    Edit,

    /// <summary>The message is deleted; where Telegram refuses (too old, no right), it is edited as with <see cref="Edit"/>.</summary>
    Delete,
}

/// <summary>Stories over time (section <c>Stories</c>).</summary>
public sealed class StoriesOptions
{
    public const string Section = "Stories";

    public WithdrawAction WithdrawAction { get; set; } = WithdrawAction.Edit;
}

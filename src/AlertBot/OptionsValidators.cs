using AlertBot.Core.Understand;
using AlertBot.Ingest;
using AlertBot.Observe;
using Microsoft.Extensions.Options;

namespace AlertBot;

// Validators generated at compile time from each options type's data annotations (and its own Validate, when it has
// one): no reflection at start, and every problem of a section reported at once.

[OptionsValidator]
internal sealed partial class ArticlesOptionsValidator : IValidateOptions<ArticlesOptions>;

[OptionsValidator]
internal sealed partial class UnderstandOptionsValidator : IValidateOptions<UnderstandOptions>;

[OptionsValidator]
internal sealed partial class PushOptionsValidator : IValidateOptions<PushOptions>;

[OptionsValidator]
internal sealed partial class DuplicatesOptionsValidator : IValidateOptions<DuplicatesOptions>;

[OptionsValidator]
internal sealed partial class HealthOptionsValidator : IValidateOptions<HealthOptions>;

[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<AlertBot.Storage.StorageOptions>;

[OptionsValidator]
internal sealed partial class ClusterOptionsValidator : IValidateOptions<AlertBot.Storage.ClusterOptions>;

[OptionsValidator]
internal sealed partial class TopicsOptionsValidator : IValidateOptions<TopicsOptions>;

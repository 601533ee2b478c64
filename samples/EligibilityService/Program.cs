// The eligibility service: POST a snapshot, get a decision. See EligibilityServiceApp for the configuration.
await EligibilityService.EligibilityServiceApp.Build(args).RunAsync();

using ClaimsFn.LocalHost;

var app = LocalHostApp.Build(args);
await LocalHostApp.PrepareStorageAsync(app);
await app.RunAsync();

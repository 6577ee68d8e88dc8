import ParityServer

await ParityApp.main()

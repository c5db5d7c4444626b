from offerloop.cli.main import main

main()

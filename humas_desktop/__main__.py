from humas_desktop.cli import main

raise SystemExit(main())

// The SDSTerminal module.

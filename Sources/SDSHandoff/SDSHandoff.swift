// The SDSHandoff module.

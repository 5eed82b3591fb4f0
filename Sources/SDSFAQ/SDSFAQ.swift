// The SDSFAQ module.

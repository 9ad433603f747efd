// LOCAL ONLY placeholder

# A gemeente's own words: overrides one message of the shipped Dutch texts.
question-topic = Waarmee kan het Buurtteam je helpen?

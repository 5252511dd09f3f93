# A gemeente's own words in English: the wijkteam's name in English (ADR 0013). The
# overlay replaces the whole message, so the description comes along.
service-wijkteam-noord = The team for the Noord neighbourhood. One contact person for all your questions.
    .name = Social Neighbourhood Team North

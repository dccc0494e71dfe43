"""Colour themes as data, and the contrast maths that checks them. Knows nothing of Qt."""

package dev.bastion.domain.archfixture;

/** Compliant: a sealed hierarchy of records. */
public sealed interface FixtureShape permits FixtureShape.Circle, FixtureShape.Square {

    double area();

    record Circle(double radius) implements FixtureShape {
        @Override
        public double area() {
            return Math.PI * radius * radius;
        }
    }

    record Square(double side) implements FixtureShape {
        @Override
        public double area() {
            return side * side;
        }
    }
}

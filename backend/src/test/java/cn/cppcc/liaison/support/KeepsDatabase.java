package cn.cppcc.liaison.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class whose tests only read, and which empties and fills the database itself when what it holds is not what
 * a test needs ({@link CleanDatabase#empty()}): loading the demo once per office date, not once per test, is what
 * keeps the suite's longest class short. Its tests still depend on no other's order.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface KeepsDatabase {
}

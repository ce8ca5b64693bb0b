// Documents of an older form are rewritten into the current one, step by
// step, once, keeping their versions; new writes record the current form.
// On both back ends (store/test_database.hpp).
#include "store/document_migrations.hpp"

#include <gtest/gtest.h>

#include "store/aggregates.hpp"
#include "store/minimal_course.hpp"
#include "store/test_database.hpp"

namespace afk::store {
namespace {

class DocumentMigrationsTest : public ::testing::Test {
 protected:
  std::int64_t stored_schema(SqlConnection& sql, std::int64_t course_id) {
    return sql.query("SELECT document_schema FROM courses WHERE id = ?", {course_id})[0].integer(0);
  }

  // Two steps for courses: form 1 gets an approach, form 2 has it marked.
  const std::vector<DocumentMigration> steps{
      {"courses", 1,
       [](nlohmann::json& document) { document["substance_use_approach"] = "Skadesreduktion"; }},
      {"courses", 2,
       [](nlohmann::json& document) {
         document["substance_use_approach"] =
             document["substance_use_approach"].get<std::string>() + " (ny form)";
       }},
  };

  test::TestDatabase database_;
};

TEST_F(DocumentMigrationsTest, EveryWriteRecordsTheCurrentForm) {
  auto sql = database_.pool().acquire();
  EXPECT_EQ(document_schema("courses"), 1) << "no step in this release yet";
  Course course = store_minimal_course(*sql).course;
  EXPECT_EQ(stored_schema(*sql, course.id), document_schema("courses"));
  sql->execute("UPDATE courses SET document_schema = 0 WHERE id = ?", {course.id});
  ASSERT_TRUE(update(*sql, course, course.version).ok());
  EXPECT_EQ(stored_schema(*sql, course.id), document_schema("courses"))
      << "an update writes the current form";
}

TEST_F(DocumentMigrationsTest, OlderDocumentsAreRewrittenStepByStepOnceKeepingTheirVersions) {
  auto sql = database_.pool().acquire();
  const Course first = store_minimal_course(*sql, "0901").course;
  const Course second = store_minimal_course(*sql, "0902").course;
  // The second was written by a release that already had the first step.
  sql->execute("UPDATE courses SET document_schema = 2 WHERE id = ?", {second.id});
  ASSERT_EQ(document_schema("courses", steps), 3);

  Transaction transaction(*sql);
  EXPECT_EQ(apply_document_migrations(*sql, steps), 2);
  transaction.commit();
  EXPECT_EQ(stored_schema(*sql, first.id), 3);
  EXPECT_EQ(stored_schema(*sql, second.id), 3);
  const Course first_now = load<Course>(*sql, first.id).value();
  EXPECT_EQ(first_now.substance_use_approach, "Skadesreduktion (ny form)") << "both steps, in order";
  EXPECT_EQ(first_now.version, first.version) << "the same content in a new form is not a new version";
  EXPECT_EQ(load<Course>(*sql, second.id)->substance_use_approach,
            second.substance_use_approach + " (ny form)")
      << "only the step after its own form";

  Transaction again(*sql);
  EXPECT_EQ(apply_document_migrations(*sql, steps), 0) << "once";
  again.commit();
}

TEST_F(DocumentMigrationsTest, StepsThatSkipAFormAreAProgrammingError) {
  const std::vector<DocumentMigration> skipping{{"courses", 2, [](nlohmann::json&) {}}};
  EXPECT_THROW((void)document_schema("courses", skipping), std::logic_error);
}

}  // namespace
}  // namespace afk::store

<?xml version="1.0" encoding="UTF-8"?>
<!--
  citizen_family.xsl: the people of a citizen account.
  <content><people><person><id/><version/><relation>self|child|parent|spouse|other</relation>
    <given_name/><family_name/><birth_date/><health_card/>
    <validation>validated|not_validated</validation><validated_at local=".."/>
    <validated_by/><upcoming/></person>…</people></content>      the list
  <content><new/>[<form>…</form>]</content>                        adding a person
  <content><person>…</person>[<form><id/><version/>…</form>]</content>  editing one
  POST /citizen/family: csrf, action=add | save (id, version) | remove (id, version).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="layout.xsl"/>
  <xsl:include href="citizen.xsl"/>

  <xsl:template name="title">
    <xsl:choose>
      <xsl:when test="/page/content/new">citizen_family.new_title</xsl:when>
      <xsl:when test="/page/content/person">citizen_family.edit_title</xsl:when>
      <xsl:otherwise>citizen_family.title</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="content[people]">
    <p><a href="/"><xsl:value-of select="$t[@k='citizen.back_home']"/></a></p>
    <p class="lead"><xsl:value-of select="$t[@k='citizen_family.intro']"/></p>
    <p><a class="button" href="/citizen/family?person=new"><xsl:value-of select="$t[@k='citizen_family.add']"/></a></p>
    <div class="table-wrap">
      <table class="table">
        <caption><xsl:value-of select="$t[@k='citizen_family.caption']"/></caption>
        <thead>
          <tr>
            <th scope="col"><xsl:value-of select="$t[@k='citizen_family.col.name']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='citizen_family.col.relation']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='citizen_family.col.birth_date']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='citizen_family.col.validation']"/></th>
            <th scope="col"><xsl:value-of select="$t[@k='citizen_family.col.actions']"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="people/person">
            <tr>
              <th scope="row"><xsl:value-of select="concat(given_name, ' ', family_name)"/></th>
              <td><xsl:call-template name="citizen-relation"><xsl:with-param name="code" select="string(relation)"/></xsl:call-template></td>
              <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="birth_date"/><xsl:with-param name="format" select="'date'"/></xsl:call-template></td>
              <td>
                <xsl:choose>
                  <xsl:when test="relation = 'self'">
                    <xsl:call-template name="citizen-identity"><xsl:with-param name="state" select="string(validation)"/></xsl:call-template>
                  </xsl:when>
                  <xsl:otherwise>
                    <xsl:call-template name="citizen-association"><xsl:with-param name="state" select="string(validation)"/></xsl:call-template>
                  </xsl:otherwise>
                </xsl:choose>
                <xsl:if test="validation = 'validated'">
                  <br/>
                  <span class="form-note">
                    <xsl:call-template name="citizen-when"><xsl:with-param name="at" select="validated_at"/><xsl:with-param name="what" select="'date'"/></xsl:call-template>
                    <xsl:if test="string(validated_by)"><xsl:text> – </xsl:text><xsl:value-of select="validated_by"/></xsl:if>
                  </span>
                </xsl:if>
              </td>
              <td>
                <xsl:choose>
                  <xsl:when test="relation = 'self'">
                    <a href="/citizen/profile"><xsl:value-of select="$t[@k='citizen_family.edit_self']"/></a>
                  </xsl:when>
                  <xsl:otherwise>
                    <a href="/citizen/family?person={id}">
                      <xsl:value-of select="$t[@k='citizen_family.edit']"/>
                      <span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="concat(given_name, ' ', family_name)"/></span>
                    </a>
                  </xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
    <p class="form-note"><xsl:value-of select="$t[@k='citizen_family.association_help']"/></p>
  </xsl:template>

  <xsl:template match="content[new]">
    <p><a href="/citizen/family"><xsl:value-of select="$t[@k='citizen_family.back']"/></a></p>
    <p class="lead"><xsl:value-of select="$t[@k='citizen_family.new_intro']"/></p>
    <form method="post" action="/citizen/family" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="add"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:call-template name="citizen-person-fields">
        <xsl:with-param name="p" select="form"/>
        <xsl:with-param name="relation" select="true()"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_family.add_submit']"/></button>
      </div>
    </form>
  </xsl:template>

  <xsl:template match="content[person]">
    <xsl:variable name="p" select="person"/>
    <xsl:variable name="f" select="form | person[not(../form)]"/>
    <p><a href="/citizen/family"><xsl:value-of select="$t[@k='citizen_family.back']"/></a></p>
    <p>
      <xsl:call-template name="citizen-association"><xsl:with-param name="state" select="string($p/validation)"/></xsl:call-template>
    </p>
    <p class="form-note"><xsl:value-of select="$t[@k='citizen_family.revalidation']"/></p>
    <form method="post" action="/citizen/family" class="form form-narrow">
      <xsl:call-template name="hidden-csrf"/>
      <input type="hidden" name="action" value="save"/>
      <input type="hidden" name="id" value="{$p/id}"/>
      <input type="hidden" name="version" value="{$p/version}"/>
      <p class="form-note"><xsl:value-of select="$t[@k='form.required_note']"/></p>
      <xsl:call-template name="citizen-person-fields">
        <xsl:with-param name="p" select="$f"/>
        <xsl:with-param name="relation" select="true()"/>
      </xsl:call-template>
      <div class="form-actions">
        <button type="submit" class="button"><xsl:value-of select="$t[@k='citizen_family.save']"/></button>
      </div>
    </form>
    <h2><xsl:value-of select="$t[@k='citizen_family.remove_title']"/></h2>
    <xsl:choose>
      <xsl:when test="number($p/upcoming) &gt; 0">
        <p><xsl:value-of select="$t[@k='citizen_family.remove_blocked']"/></p>
        <p><a href="/citizen/appointments"><xsl:value-of select="$t[@k='citizen_family.see_appointments']"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <form method="post" action="/citizen/family" class="form">
          <xsl:call-template name="hidden-csrf"/>
          <input type="hidden" name="action" value="remove"/>
          <input type="hidden" name="id" value="{$p/id}"/>
          <input type="hidden" name="version" value="{$p/version}"/>
          <p class="field-help" id="remove-help"><xsl:value-of select="$t[@k='citizen_family.remove_help']"/></p>
          <button type="submit" class="button button-secondary" aria-describedby="remove-help"><xsl:value-of select="$t[@k='citizen_family.remove']"/></button>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
